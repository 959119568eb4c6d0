// A step elsewhere on the page issued a document of a subject (a hazard's 现场处理措施决定书, say): the documents
// card of that subject asks for its list again. A plain DOM event, so neither side needs to hold the other.
import { useEffect, useRef } from 'react';

const EVENT = 'wss:documents-changed';

export function documentsChanged(subjectId: string): void {
  window.dispatchEvent(new CustomEvent<string>(EVENT, { detail: subjectId }));
}

/** Calls `onChange` whenever documentsChanged(subjectId) is said. */
export function useDocumentsChanged(subjectId: string, onChange: () => unknown): void {
  const latest = useRef(onChange);
  latest.current = onChange;
  useEffect(() => {
    const listener = (event: Event) => {
      if (event instanceof CustomEvent && event.detail === subjectId) void latest.current();
    };
    window.addEventListener(EVENT, listener);
    return () => window.removeEventListener(EVENT, listener);
  }, [subjectId]);
}
