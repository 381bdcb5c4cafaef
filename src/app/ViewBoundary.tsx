import { Component, type ReactNode } from 'react';

interface Props {
  /** The message shown in the view's own region when it fails. */
  readonly fallback: (error: Error) => ReactNode;
  /** Called once when the view fails: a failed view has drawn its message, so it counts as ready. */
  readonly onFailed?: () => void;
  readonly children: ReactNode;
}

/** One per view: a failing map or timeline shows a message in its region, the rest goes on. */
export class ViewBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch() {
    this.props.onFailed?.();
  }

  override render() {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children;
  }
}
