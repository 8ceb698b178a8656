import { createContext } from 'react';

/**
 * True where a chart frame far from the screen waits until it comes near to draw for the first time (the briefing
 * deck's reading view, where the slides below the screen hold three charts that would all mount with every deck).
 * Elsewhere a frame draws when it mounts; only its later redraws wait (see useDrawingNearScreen).
 */
export const FirstDrawNearScreen = createContext(false);
