// maybe uses no other module and no module uses it.
int banner_width() { return 80; }
