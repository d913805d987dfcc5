import { careerbuilderBoard } from '../src/boards/careerbuilder';
import { boardContentScript } from '../src/page/content-script';

// Thin entry: this board's file and the shared runtime (src/page/content-script.ts).
export default boardContentScript(careerbuilderBoard);
