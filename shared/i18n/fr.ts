export { fr } from "./fr/index";
