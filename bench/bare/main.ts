/**
 * The baseline the game is measured against: a bare Phaser 4 page (one scene, a text, a moving
 * sprite), as small as a Phaser game gets. It says when its first frame is drawn.
 */
import Phaser from 'phaser';

declare global {
  interface Window {
    __firstFrame?: number;
  }
}

class Bare extends Phaser.Scene {
  private sprite!: Phaser.GameObjects.Rectangle;
  create(): void {
    this.add.text(40, 40, 'Bare Phaser 4', { fontSize: '48px', color: '#ffffff' });
    this.sprite = this.add.rectangle(100, 300, 80, 80, 0xe69f00);
    this.game.events.once('postrender', () => (window.__firstFrame = performance.now()));
  }
  override update(time: number): void {
    this.sprite.x = 640 + Math.sin(time / 500) * 400;
    this.sprite.rotation = time / 400;
  }
}

new Phaser.Game({ type: Phaser.AUTO, parent: 'game', width: 1280, height: 720, backgroundColor: '#2d3250', scene: Bare, audio: { noAudio: true } });
