// Entry point of the GitHub Action (bundled as dist/action/index.js); all logic is in main.ts.
import { run } from './main.js'

void run()
