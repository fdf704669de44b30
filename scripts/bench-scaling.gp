# Plots bench-scaling.tsv (written by scripts/bench --scaling): each figure against the stored messages
# (at 2,000 clients) and against the client accounts (at `clientsat` messages).
# gnuplot -e "tsv='bench-scaling.tsv'; out='bench-scaling.png'; clientsat=100000" scripts/bench-scaling.gp
set terminal pngcairo size 1200,500 font "DejaVu Sans,10" noenhanced
set output out
set datafile separator "\t"
set datafile missing "nan"
set key bottom right
set grid
set logscale xy
set ylabel "ms"
# Each panel's rows, sorted along its axis (gnuplot joins points in file order).
bymessages = sprintf("< awk -F'\t' 'NR > 1 && $1 == 2000' '%s' | sort -t'\t' -n -k2", tsv)
byclients = sprintf("< awk -F'\t' 'NR > 1 && $2 == %d' '%s' | sort -t'\t' -n -k1", clientsat, tsv)
set multiplot layout 1,2
set title "against stored messages (2,000 clients)"
set xlabel "stored messages"
plot bymessages using 2:3 with linespoints title "pop shown, median", \
     ''  using 2:5 with linespoints title "pop ready (core), median", \
     ''  using 2:6 with linespoints title "durable save, median", \
     ''  using 2:8 with linespoints title "search a note word, p99", \
     ''  using 2:9 with linespoints title "console start, median"
set title sprintf("against client accounts (%d messages)", clientsat)
set xlabel "client accounts"
plot byclients using 1:3 with linespoints title "pop shown, median", \
     ''  using 1:5 with linespoints title "pop ready (core), median", \
     ''  using 1:6 with linespoints title "durable save, median", \
     ''  using 1:8 with linespoints title "search a note word, p99", \
     ''  using 1:9 with linespoints title "console start, median"
unset multiplot
