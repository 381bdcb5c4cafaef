import { useId, useState, type ReactNode } from 'react';

/**
 * A button that shows and hides a panel below it (`aria-expanded`, `aria-controls`). The
 * panel's content may be a function of `open` and `close`: content loaded only while open, a
 * choice that closes it.
 */
export function Disclosure({
  label,
  className,
  id,
  onOpen,
  children,
}: {
  label: string;
  className: string;
  /** The button's id, for returning focus to it. */
  id?: string;
  /** Called when the panel opens (to load what it shows). */
  onOpen?: () => void;
  children: ReactNode | ((panel: { open: boolean; close: () => void }) => ReactNode);
}) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <>
      <button
        type="button"
        id={id}
        className="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          if (!open) onOpen?.();
          setOpen(!open);
        }}
      >
        {label}
      </button>
      <div id={panelId} className={className} hidden={!open}>
        {typeof children === 'function'
          ? children({ open, close: () => setOpen(false) })
          : children}
      </div>
    </>
  );
}
