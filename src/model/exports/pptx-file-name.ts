/** The PowerPoint file's name (its own module so the menu can name it without loading the deck builder). */
export const PPTX_FILE_NAME = 'hled-briefing.pptx';
