// LabCharts: under construction.
