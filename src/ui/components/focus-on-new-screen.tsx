import { useEffect, useRef } from 'react';
import { useLocation } from 'wouter';

/**
 * A new screen's content takes the focus the old screen's button held: once a screen changes
 * (the library after choosing a profile, the debrief after a call), a keyboard or screen-reader
 * user starts at the main content, not at the top of the page. A screen that focuses a control of
 * its own (a PIN field, the answer button) keeps it: this acts only when focus was left on nothing.
 */
export function FocusOnNewScreen() {
  const [location] = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // After the new screen's own effects and any lazy part of it has had a moment to mount.
    const timer = setTimeout(() => {
      if (document.activeElement === null || document.activeElement === document.body)
        document.getElementById('main')?.focus({ preventScroll: true });
    }, 100);
    return () => clearTimeout(timer);
  }, [location]);
  return null;
}
