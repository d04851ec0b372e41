#include "startup.h"

int main(int argc, char *argv[])
{
    return runRecoveryPlanner(argc, argv);
}
