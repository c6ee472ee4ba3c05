namespace b {
int secret() { return 7; }  // declared in no header: its home is this file
}  // namespace b
