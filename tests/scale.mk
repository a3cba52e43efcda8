# tests/scale.mk
