set(MODULE_SOURCES consignes.h)
