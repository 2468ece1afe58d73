// Boots the advisors' console: loads its WebAssembly and mounts the application.
import init, { start } from "./selfcare_advisor.js";

await init();
start();
