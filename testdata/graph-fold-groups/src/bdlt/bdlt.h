#pragma once
int bdlt_six();
