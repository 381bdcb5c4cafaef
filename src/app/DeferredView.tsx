import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { afterNextPaint } from '@/ui/after-paint';
import { DEFER_UNTIL_BELOW, NARROW_LAYOUT } from './layout';

/**
 * Renders `children` at once on the wide layout, where every region is on the first screen.
 * On the narrow layout (a phone, or a desktop browser zoomed in) the regions stack under the
 * facts list, and the map and timeline (a megabyte of script, a WebGL context) mount when
 * their region scrolls into view or when the user asks for them with the button in their
 * place, so a phone that reads only the list never pays for them (docs/decisions.md, "Views on
 * the narrow layout load when scrolled to").
 */
export function DeferredView({
  pending,
  load,
  textPainted = true,
  children,
}: {
  /** Says what will appear here. */
  pending: string;
  /** The button's label. */
  load: string;
  /**
   * Whether the text the first screen shows (the dataset's, in the phone's sheet) is there: a
   * view in view on the narrow layout mounts only after that text has painted, so the text is
   * the largest paint and the view's start-up does not hold it back.
   */
  textPainted?: boolean;
  children: ReactNode;
}) {
  const [shown, setShown] = useState(() => !window.matchMedia(NARROW_LAYOUT).matches);
  const [inView, setInView] = useState(false);
  const placeholder = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (shown || !inView || !textPainted) return;
    return afterNextPaint(() => setShown(true));
  }, [shown, inView, textPainted]);

  const show = useCallback(() => {
    // The button goes when the view comes: focus moves to the region around it (which takes
    // focus for this), never to <body>; the next Tab reaches the view's controls.
    const element = placeholder.current;
    if (element?.contains(document.activeElement)) element.parentElement?.focus();
    setShown(true);
  }, []);

  useEffect(() => {
    const element = placeholder.current;
    if (shown || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setInView(true);
      },
      { rootMargin: `0px 0px -${DEFER_UNTIL_BELOW * 100}% 0px` },
    );
    observer.observe(element);
    // Turning a tablet or widening the window puts every region on screen.
    const narrow = window.matchMedia(NARROW_LAYOUT);
    const onChange = () => {
      if (!narrow.matches) show();
    };
    narrow.addEventListener('change', onChange);
    return () => {
      observer.disconnect();
      narrow.removeEventListener('change', onChange);
    };
  }, [shown, show]);

  if (shown) return children;
  return (
    <div ref={placeholder} className="view-pending">
      <p>{pending}</p>
      <button type="button" className="button" onClick={show}>
        {load}
      </button>
    </div>
  );
}
