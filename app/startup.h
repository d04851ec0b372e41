#pragma once

// Runs the app from the command line: options, language, database, main window.
// Returns the process exit code.
int runRecoveryPlanner(int argc, char *argv[]);
