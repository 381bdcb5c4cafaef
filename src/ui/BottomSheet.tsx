import { useEffect, useRef, useState, type ReactNode } from 'react';

/** The sheet's three heights: what is left below the views, most of the screen, all of it. */
export type SheetHeight = 'peek' | 'half' | 'full';
const HEIGHTS: readonly SheetHeight[] = ['peek', 'half', 'full'];

/** A drag shorter than this is a tap on the handle; a sideways swipe longer than this turns. */
const DRAG_THRESHOLD = 12;
const SWIPE_MIN = 60;

/**
 * A bottom sheet for the phone layout: its content scrolls inside it, a handle (a button with
 * `aria-expanded`) steps through three heights by click, Enter or the arrow keys, and drags by
 * touch to the nearest height. A sideways swipe on the content calls `onSwipe` (a tour's next
 * or previous step). It knows nothing of what it holds.
 */
export function BottomSheet({
  expandLabel,
  collapseLabel,
  resetKey,
  onSwipe,
  children,
}: {
  /** The handle's name while the sheet can grow, and once it is at its full height. */
  expandLabel: string;
  collapseLabel: string;
  /** When this changes (a new selection), the content scrolls back to its top. */
  resetKey?: unknown;
  onSwipe?: (direction: 'next' | 'previous') => void;
  children: ReactNode;
}) {
  const [height, setHeight] = useState<SheetHeight>('peek');
  const sheetRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const drag = useRef<{ pointer: number; startY: number; startHeight: number; moved: boolean }>(
    null,
  );
  // Handlers read the latest callback without re-binding (the parent passes a new one each render).
  const onSwipeRef = useRef(onSwipe);
  useEffect(() => {
    onSwipeRef.current = onSwipe;
  });

  useEffect(() => {
    bodyRef.current?.scrollTo({ top: 0 });
  }, [resetKey]);

  // Sideways swipes on the content; vertical ones scroll it as usual (passive listeners).
  useEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    let start: { x: number; y: number } | null = null;
    const onStart = (event: TouchEvent) => {
      const touch = event.touches[0];
      start = event.touches.length === 1 && touch ? { x: touch.clientX, y: touch.clientY } : null;
    };
    const onEnd = (event: TouchEvent) => {
      const touch = event.changedTouches[0];
      if (!start || !touch) return;
      const dx = touch.clientX - start.x;
      const dy = touch.clientY - start.y;
      start = null;
      if (Math.abs(dx) >= SWIPE_MIN && Math.abs(dx) > 2 * Math.abs(dy)) {
        onSwipeRef.current?.(dx < 0 ? 'next' : 'previous');
      }
    };
    body.addEventListener('touchstart', onStart, { passive: true });
    body.addEventListener('touchend', onEnd, { passive: true });
    return () => {
      body.removeEventListener('touchstart', onStart);
      body.removeEventListener('touchend', onEnd);
    };
  }, []);

  const step = (delta: 1 | -1) =>
    setHeight(
      (h) => HEIGHTS[Math.min(HEIGHTS.length - 1, Math.max(0, HEIGHTS.indexOf(h) + delta))]!,
    );

  /** The height whose rendered size is nearest `px`, measured from the sheet's own CSS. */
  const nearest = (px: number): SheetHeight => {
    const sheet = sheetRef.current!;
    const dragged = sheet.style.height;
    // Measured without the transition (it would report the height it starts from).
    sheet.style.transition = 'none';
    sheet.style.height = '';
    const sizes = HEIGHTS.map((h) => {
      sheet.dataset.height = h;
      return sheet.getBoundingClientRect().height;
    });
    sheet.dataset.height = height;
    sheet.style.height = dragged;
    sheet.style.transition = '';
    const i = sizes.reduce(
      (best, size, j) => (Math.abs(size - px) < Math.abs(sizes[best]! - px) ? j : best),
      0,
    );
    return HEIGHTS[i]!;
  };

  return (
    // Not a landmark itself: the regions it holds are (details, facts).
    <div className="bottom-sheet" ref={sheetRef} data-height={height}>
      <button
        type="button"
        className="bottom-sheet__handle"
        aria-expanded={height !== 'peek'}
        aria-label={height === 'full' ? collapseLabel : expandLabel}
        onClick={() => {
          // A drag ends in a click too; only a tap steps the height.
          if (drag.current?.moved) return;
          setHeight((h) => HEIGHTS[(HEIGHTS.indexOf(h) + 1) % HEIGHTS.length]!);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowUp') step(1);
          else if (event.key === 'ArrowDown') step(-1);
          else return;
          event.preventDefault();
        }}
        onPointerDown={(event) => {
          const sheet = sheetRef.current;
          if (!sheet) return;
          drag.current = {
            pointer: event.pointerId,
            startY: event.clientY,
            startHeight: sheet.getBoundingClientRect().height,
            moved: false,
          };
          event.currentTarget.setPointerCapture(event.pointerId);
        }}
        onPointerMove={(event) => {
          const state = drag.current;
          const sheet = sheetRef.current;
          if (!state || !sheet || state.pointer !== event.pointerId) return;
          const dy = event.clientY - state.startY;
          if (!state.moved && Math.abs(dy) < DRAG_THRESHOLD) return;
          state.moved = true;
          sheet.style.transition = 'none';
          // Follows the finger; the main area's height bounds it.
          sheet.style.height = `${Math.max(48, state.startHeight - dy)}px`;
        }}
        onPointerUp={(event) => {
          const state = drag.current;
          const sheet = sheetRef.current;
          if (!state || !sheet || state.pointer !== event.pointerId) return;
          if (state.moved) {
            const px = sheet.getBoundingClientRect().height;
            const next = nearest(px);
            sheet.style.height = '';
            sheet.style.transition = '';
            setHeight(next);
          }
          // Cleared after the click that follows this pointerup has been ignored.
          setTimeout(() => {
            drag.current = null;
          });
        }}
        onPointerCancel={() => {
          if (sheetRef.current) {
            sheetRef.current.style.height = '';
            sheetRef.current.style.transition = '';
          }
          drag.current = null;
        }}
      >
        <span className="bottom-sheet__grip" aria-hidden="true" />
      </button>
      <div className="bottom-sheet__body" ref={bodyRef}>
        {children}
      </div>
    </div>
  );
}
