// gen/rpc.pb.h
