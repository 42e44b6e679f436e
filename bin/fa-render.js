#!/usr/bin/env node
// fa-render entry point: runs the compiled CLI; internal errors end with exit code 2, no stack trace.
import { start } from "./start.js";
start("render");
