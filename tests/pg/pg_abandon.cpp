// Starts a throwaway cluster and ends without stopping it, as a test program killed mid-run
// would: tst_pgstore's staleClusterIsRemoved then checks that the next start removes it.
// Prints the cluster's socket folder and port.
#include "tests/support/PgCluster.h"

#include <QCoreApplication>
#include <cstdio>
#include <cstdlib>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    auto *cluster = new PgCluster; // never deleted: that is the point
    if (!cluster->start()) {
        std::fprintf(stderr, "%s\n", qPrintable(cluster->error()));
        return 2;
    }
    std::printf("%s\n%d\n", qPrintable(cluster->socketFolder()), cluster->port());
    std::fflush(stdout);
    std::_Exit(0);
}
