import { chooseTheme, useTheme } from './theme';

/** One button that switches between day and night colours, saying what it will do. */
export function ThemeToggle({ className = 'button theme-toggle' }: { className?: string }) {
  const theme = useTheme();
  const night = theme === 'night';
  return (
    <button type="button" className={className} aria-pressed={night} onClick={() => chooseTheme(night ? 'day' : 'night')}>
      Night colours
    </button>
  );
}
