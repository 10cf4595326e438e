/** Starts Phaser, with the renderer this PC draws fastest (renderer.ts), and lets its loop rest between changes. */
import Phaser from 'phaser';
import type { RendererChoice } from '../core/urlParams';
import { chooseRenderer } from './renderer';
import { WORLD_HEIGHT, WORLD_WIDTH } from '../world/view';
import { WorldScene, WORLD_SCENE } from './WorldScene';
import { shareEdgeColours } from './edgeColours';

export interface World {
  game: Phaser.Game;
  renderer: RendererChoice;
  scene(): WorldScene | null;
  /** Runs the frame loop for a few frames: after a change the world is drawn, then it rests. */
  requestFrames(): void;
  /** The world shows another view: drawn, and its edges' colours given to the page. */
  viewChanged(): void;
}

/** Frames drawn after a change before the loop rests: the scale manager takes a new size and the scene is drawn, once more to be sure. */
const FRAMES_AFTER_CHANGE = 2;

export function createWorld(parent: HTMLElement, onReady: (scene: WorldScene) => void, asked: RendererChoice | null = null): World {
  const renderer = chooseRenderer(asked);
  const game = new Phaser.Game({
    type: renderer === 'webgl' ? Phaser.WEBGL : Phaser.CANVAS,
    parent,
    width: WORLD_WIDTH,
    height: WORLD_HEIGHT,
    backgroundColor: '#fff8ec',
    banner: false,
    // Howler owns sound; the DOM layer owns keys.
    audio: { noAudio: true },
    input: { keyboard: false, gamepad: false },
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
    scene: [WorldScene],
    callbacks: {
      postBoot: (g) => {
        const scene = g.scene.getScene(WORLD_SCENE) as WorldScene;
        if (scene.sys.settings.status >= Phaser.Scenes.RUNNING) onReady(scene);
        else scene.events.once(Phaser.Scenes.Events.CREATE, () => onReady(scene));
      },
    },
  });
  // The world is still: nothing moves between changes, so the loop draws the few frames a change
  // needs, then sleeps instead of redrawing sixty times a second. A frame of the world costs an
  // old laptop without a graphics chip tens of milliseconds: its CPU and battery go to the rest.
  const scene = () => (game.scene.getScene(WORLD_SCENE) as WorldScene | null) ?? null;
  let framesLeft = 0;
  game.events.on(Phaser.Core.Events.POST_RENDER, () => {
    if (framesLeft > 0) framesLeft -= 1;
    // A door swinging open keeps the loop awake until it has swung.
    if (framesLeft === 0 && !scene()?.animating) game.loop.sleep();
  });
  const requestFrames = () => {
    if (!game.isBooted) return;
    // The stage may have changed size with the layout (no window resize): measure it again.
    game.scale.dirty = true;
    framesLeft = FRAMES_AFTER_CHANGE;
    game.loop.wake();
  };
  const viewChanged = () => {
    if (!game.isBooted) return;
    requestFrames();
    // The page extends the scene above and below its picture in the colours of its edges.
    const shown = scene();
    if (shown) shareEdgeColours(parent, shown.edges);
  };
  // Until the scene exists (it then shows its view), the loop runs.
  game.events.once(Phaser.Core.Events.READY, requestFrames);
  game.events.on(Phaser.Core.Events.VISIBLE, requestFrames);
  // The stage changes size with the window, the layout or the text size: the world follows it,
  // and only then (a redraw of the page alone costs the world nothing).
  new ResizeObserver(requestFrames).observe(parent);
  return {
    game,
    renderer,
    scene,
    requestFrames,
    viewChanged,
  };
}
