// util/log.h
