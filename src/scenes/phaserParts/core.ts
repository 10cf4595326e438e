// Phaser's core (the game, its loop and its renderers), next in its core entry's order, in a task
// of its own; what came before is already evaluated (see first.ts).
import './first';
import 'phaser/src/core';
