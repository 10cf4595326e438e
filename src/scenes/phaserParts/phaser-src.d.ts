/** Phaser's own source files, imported for their evaluation only (their types come with `phaser`). */
declare module 'phaser/src/*';
