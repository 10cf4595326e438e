// The first of Phaser's modules, in the order its core entry (phaser-core.js) requires them:
// evaluated in a task of their own, they leave the rest of Phaser less to do. The same order
// keeps Phaser's modules that need each other evaluated as Phaser itself would.
import 'phaser/src/polyfills/requestVideoFrame';
import 'phaser/src/const';
import 'phaser/src/utils/object/Extend';
import 'phaser/src/animations';
import 'phaser/src/renderer/BlendModes';
import 'phaser/src/cache';
import 'phaser/src/cameras/2d';
