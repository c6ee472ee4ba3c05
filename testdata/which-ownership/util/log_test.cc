// util/log_test.cc
