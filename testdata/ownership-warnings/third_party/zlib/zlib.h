#pragma once
int compress();
