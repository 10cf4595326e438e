/**
 * The world is drawn at 16:9, but its column on a laptop or a projector is taller than that.
 * Rather than dark bars, the page paints the space above and below the picture in the colours of
 * the scene's own top and bottom edges: the wall goes on up, the floor goes on down. The scene
 * says those two colours (WorldScene.edges); they go to the page as `--world-top` and
 * `--world-bottom` on the world's element (`.game::before` and `::after` in ui/styles.css).
 */
const css = (colour: number) => `#${colour.toString(16).padStart(6, '0')}`;

export function shareEdgeColours(element: HTMLElement, edges: { top: number; bottom: number }): void {
  element.style.setProperty('--world-top', css(edges.top));
  element.style.setProperty('--world-bottom', css(edges.bottom));
}
