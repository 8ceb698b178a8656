import { useEffect, type RefObject } from 'react';

/**
 * While a full-window dialog is open: focus moves into it, and everything else on the page is made inert so
 * neither Tab nor a screen reader wanders behind it. Undone when the dialog closes.
 */
export function useModalFocus(dialogRef: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog === null) return undefined;
    const madeInert = Array.from(document.body.children).filter((el) => el !== dialog && !el.hasAttribute('inert'));
    madeInert.forEach((el) => el.setAttribute('inert', ''));
    dialog.focus();
    return () => madeInert.forEach((el) => el.removeAttribute('inert'));
  }, [dialogRef]);
}
