from kompas_tui.cli import main

raise SystemExit(main())
