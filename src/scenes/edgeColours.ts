/**
 * The world is drawn at 16:9, but its column on a laptop or a projector is taller than that.
 * Rather than dark bars, the page paints the space above and below the picture in the colours of
 * the scene's own top and bottom edges: the wall goes on up, the floor goes on down. This reads
 * those two colours after a drawing and hands them to the page as `--world-top` and
 * `--world-bottom` on the world's element (`.game::before` and `::after` in ui/styles.css).
 */
import type Phaser from 'phaser';

/** Where the edges are read: near the left side, clear of the props in the middle and of the floor's boards. */
const SAMPLE_X = 40;

const css = (c: Phaser.Display.Color) => `rgb(${c.red} ${c.green} ${c.blue})`;

/** Returns a function that reads the edges after the next frame (one pixel per frame, as Phaser allows). */
export function shareEdgeColours(game: Phaser.Game, element: HTMLElement): () => void {
  let reading = false;
  let again = false;
  const pixel = (y: number, then: (colour: Phaser.Display.Color) => void) =>
    game.renderer.snapshotPixel(SAMPLE_X, y, (snapshot) => {
      // Phaser forgets a snapshot asked for inside another's callback: ask on the next turn.
      setTimeout(() => then(snapshot as Phaser.Display.Color));
    });
  const read = () => {
    if (reading) {
      again = true;
      return;
    }
    reading = true;
    pixel(1, (top) =>
      pixel(game.renderer.height - 2, (bottom) => {
        element.style.setProperty('--world-top', css(top));
        element.style.setProperty('--world-bottom', css(bottom));
        reading = false;
        if (again) {
          again = false;
          read();
        }
      }),
    );
  };
  return read;
}
