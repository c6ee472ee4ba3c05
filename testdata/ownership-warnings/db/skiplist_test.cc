#include "db/table.h"

int main() { db::Table t; (void)t; }
