/** The heart on the save button, drawn by CSS from public/icons (icon-heart in globals.css) rather than inline SVG. */
export function Heart({ filled }: { filled: boolean }) {
  return <span aria-hidden="true" className={filled ? 'icon-heart-filled' : 'icon-heart'} />;
}
