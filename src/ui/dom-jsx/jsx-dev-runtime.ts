// The development build and the tests import the JSX runtime under this name.
export { Fragment, jsx, jsxDEV, jsxs, type JSX } from './jsx-runtime';
