import { useEffect, type RefObject } from 'react';
import { toggleFullscreen } from './toggle-fullscreen';

interface PresentationKeys {
  dialogRef: RefObject<HTMLElement | null>;
  current: number;
  total: number;
  onGo: (slide: number) => void;
  onClose: () => void;
}

const FOCUSABLE = 'button:not([disabled]), [href], summary, [tabindex]:not([tabindex="-1"])';

/**
 * The presenter's keys while the deck is shown: ←/→, PageUp/PageDown and Space move, Home/End jump, F toggles full
 * screen, Esc leaves; Tab stays inside the dialog. Listened for on the document so that a key works wherever focus is.
 */
export function usePresentationKeys({ dialogRef, current, total, onGo, onClose }: PresentationKeys): void {
  useEffect(() => {
    const go = (slide: number) => {
      const next = Math.min(Math.max(1, slide), total);
      if (next !== current) onGo(next);
    };
    const trapTab = (event: KeyboardEvent) => {
      const dialog = dialogRef.current;
      if (dialog === null) return false;
      const focusable = Array.from(dialog.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
        (el) => el.closest('[inert]') === null,
      );
      const first = focusable[0];
      const last = focusable[focusable.length - 1];
      if (first === undefined || last === undefined) return true;
      const active = document.activeElement;
      if (event.shiftKey && (active === first || active === dialog)) last.focus();
      else if (!event.shiftKey && active === last) first.focus();
      else return false;
      return true;
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const onControl =
        event.target instanceof HTMLButtonElement ||
        (event.target instanceof HTMLElement && event.target.tagName === 'SUMMARY');
      switch (event.key) {
        case 'ArrowRight':
        case 'PageDown':
          go(current + 1);
          break;
        case 'ArrowLeft':
        case 'PageUp':
          go(current - 1);
          break;
        case ' ':
          // Space on a button presses the button.
          if (onControl) return;
          go(event.shiftKey ? current - 1 : current + 1);
          break;
        case 'Home':
          go(1);
          break;
        case 'End':
          go(total);
          break;
        case 'f':
        case 'F':
          toggleFullscreen();
          break;
        case 'Escape':
          onClose();
          break;
        case 'Tab':
          if (!trapTab(event)) return;
          break;
        default:
          return;
      }
      event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [dialogRef, current, total, onGo, onClose]);
}
