/**
 * Starts Phaser. Old school PCs often have no WebGL (blocklisted GPUs), so the renderer is
 * chosen by actually asking for a WebGL context, with the Canvas renderer as the fallback.
 */
import Phaser from 'phaser';
import { WORLD_HEIGHT, WORLD_WIDTH } from '../world/view';
import { WorldScene, WORLD_SCENE } from './WorldScene';
import { shareEdgeColours } from './edgeColours';

export function webglAvailable(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return !!(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}

export interface World {
  game: Phaser.Game;
  renderer: 'webgl' | 'canvas';
  scene(): WorldScene | null;
  /** Runs the frame loop for a moment: after a change the world is drawn, then it rests. */
  requestFrames(): void;
  /** The world shows another view: drawn, and its edges' colours read again for the page. */
  viewChanged(): void;
}

/** How long the loop keeps running after the last change (lets the scale manager settle). */
const AWAKE_MS = 500;

export function createWorld(parent: HTMLElement, onReady: (scene: WorldScene) => void): World {
  const useWebgl = webglAvailable();
  const game = new Phaser.Game({
    type: useWebgl ? Phaser.WEBGL : Phaser.CANVAS,
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
  // The world is still: nothing moves between changes, so the loop sleeps instead of redrawing
  // sixty times a second. Old school laptops and phones keep their CPU and battery for the rest.
  let restTimer: ReturnType<typeof setTimeout> | undefined;
  // The page extends the scene above and below its picture in the colours of its edges.
  const readEdges = shareEdgeColours(game, parent);
  const requestFrames = () => {
    if (!game.isBooted) return;
    // The stage may have changed size with the layout (no window resize): measure it again.
    game.scale.dirty = true;
    game.loop.wake();
    clearTimeout(restTimer);
    restTimer = setTimeout(() => game.loop.sleep(), AWAKE_MS);
  };
  // Reading a pixel back waits for the drawing to finish (long on a software renderer): only
  // when the view changes, never on each redraw of the page.
  const viewChanged = () => {
    if (!game.isBooted) return;
    requestFrames();
    readEdges();
  };
  game.events.once(Phaser.Core.Events.READY, viewChanged);
  game.events.on(Phaser.Core.Events.VISIBLE, requestFrames);
  window.addEventListener('resize', requestFrames);
  window.addEventListener('orientationchange', requestFrames);
  return {
    game,
    renderer: useWebgl ? 'webgl' : 'canvas',
    scene: () => (game.scene.getScene(WORLD_SCENE) as WorldScene | null) ?? null,
    requestFrames,
    viewChanged,
  };
}
