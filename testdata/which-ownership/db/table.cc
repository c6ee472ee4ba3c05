// db/table.cc
