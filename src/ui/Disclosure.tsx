import { useId, useState, type ReactNode } from 'react';

/** A button that shows and hides a panel below it (`aria-expanded`, `aria-controls`). */
export function Disclosure({
  label,
  className,
  children,
}: {
  label: string;
  className: string;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <>
      <button
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        {label}
      </button>
      <div id={panelId} className={className} hidden={!open}>
        {children}
      </div>
    </>
  );
}
