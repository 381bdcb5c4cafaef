import { useId, useState, type ReactNode } from 'react';

/**
 * A button that shows and hides a panel below it (`aria-expanded`, `aria-controls`). The
 * panel's content may be a function of `close`, for a choice that should close it.
 */
export function Disclosure({
  label,
  className,
  id,
  children,
}: {
  label: string;
  className: string;
  /** The button's id, for returning focus to it. */
  id?: string;
  children: ReactNode | ((close: () => void) => ReactNode);
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
        onClick={() => setOpen((o) => !o)}
      >
        {label}
      </button>
      <div id={panelId} className={className} hidden={!open}>
        {typeof children === 'function' ? children(() => setOpen(false)) : children}
      </div>
    </>
  );
}
