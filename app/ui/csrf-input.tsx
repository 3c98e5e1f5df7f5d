import { useRootData } from "./use-root-data";

/** Every form that posts carries this hidden field; the server refuses posts without it. */
export function CsrfInput() {
  const { csrfToken } = useRootData();
  return <input type="hidden" name="_csrf" value={csrfToken} />;
}
