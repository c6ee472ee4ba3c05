// util/log.cc
