// A source no compile DB entry builds.
int unused_note() { return 0; }
