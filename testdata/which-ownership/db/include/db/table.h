// db/include/db/table.h
