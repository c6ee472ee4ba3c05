// db/skiplist_test.cc
