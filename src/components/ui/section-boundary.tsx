import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT } from '@/lib/i18n/use-t';

interface BoundaryProps {
  section: string;
  children: ReactNode;
}

interface BoundaryState {
  error: Error | null;
}

/** Keeps a failure inside one section: the rest of the dashboard goes on working. */
class Boundary extends Component<
  BoundaryProps & { renderError: (e: Error, reset: () => void) => ReactNode },
  BoundaryState
> {
  override state: BoundaryState = { error: null };

  static getDerivedStateFromError(error: Error): BoundaryState {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`[section ${this.props.section}]`, error, info.componentStack);
  }

  reset = () => this.setState({ error: null });

  override render() {
    return this.state.error
      ? this.props.renderError(this.state.error, this.reset)
      : this.props.children;
  }
}

export function SectionBoundary({ section, children }: BoundaryProps) {
  const { t } = useT();
  return (
    <Boundary
      section={section}
      renderError={(error, reset) => (
        <div role="alert" className="notice notice--error">
          <p>{t('section.error', { section })}</p>
          <p className="muted">{t('section.errorDetail', { message: error.message })}</p>
          <button type="button" onClick={reset}>
            {t('section.retry')}
          </button>
        </div>
      )}
    >
      {children}
    </Boundary>
  );
}
