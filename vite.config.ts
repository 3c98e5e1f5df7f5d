import { reactRouter } from "@react-router/dev/vite";
import { createLogger, defineConfig } from "vite";

/**
 * `@react-router/dev` 7.18.x passes `envFile: false` to the Vite servers it creates, and Vite 8
 * warns "The `envFile` option is deprecated…" each time. Nothing of ours uses `envFile`, and the
 * version that stops doing it needs Node 22 (decision record 0039): drop exactly that warning,
 * let every other one through.
 */
const logger = createLogger();
const warn = logger.warn.bind(logger);
logger.warn = (message, options) => {
  if (message.includes("`envFile` option is deprecated")) return;
  warn(message, options);
};

export default defineConfig({
  customLogger: logger,
  plugins: [reactRouter()],
  resolve: { alias: { "~": new URL("./app", import.meta.url).pathname } },
  build: { target: "es2022" },
});
