import { useEffect, useRef } from "react";

/**
 * Warns before leaving the page once the form was changed and not yet submitted (docs/ux.md:
 * "a warning before leaving with unsaved work"). Without JavaScript nothing happens, and the
 * form still works. Returns the handlers to put on the `<Form>`.
 */
export function useUnsavedWarning() {
  const dirty = useRef(false);
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (!dirty.current) return;
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);
  return {
    onChange: () => {
      dirty.current = true;
    },
    onSubmit: () => {
      dirty.current = false;
    },
  };
}
