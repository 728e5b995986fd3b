import { mount } from 'svelte';
import 'news-elements/define'; // before mount: Svelte sets a prop as a property when the element has one
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });
